#!/usr/bin/env node
'use strict';
// The command line is bundled into dist/cli.js by `npm run build`.
require('../dist/cli.js');
