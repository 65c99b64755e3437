-- A session with `unres server --stdio` in Neovim's own LSP client (the 0.7 API: vim.lsp.start_client;
-- vim.lsp.start only came in 0.8). test/real/neovim.test.ts runs it headless and checks what it
-- prints: one JSON object a line, then "DONE". $UNRES_NVIM_SESSION (JSON) says what to do:
--   { "cmd": [...], "file": "...", "hover": {line, character},
--     "codeAction": {line, rule, title}, "completion": {line, character} (optional) }
-- Any error ends Neovim with exit status 1 after a line "FAIL <reason>".

local session = vim.fn.json_decode(os.getenv('UNRES_NVIM_SESSION'))

local function emit(key, value)
  io.stdout:write(vim.fn.json_encode({ [key] = value }) .. '\n')
end

-- The diagnostics exactly as the server published them (LSP ranges in UTF-16), the last set first.
local published = {}
local server_exit

local function run()
  local client_id = vim.lsp.start_client({
    name = 'unres',
    cmd = session.cmd,
    root_dir = vim.fn.fnamemodify(session.file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(published, 1, result.diagnostics)
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      server_exit = code
    end,
  })
  if not client_id then error('vim.lsp.start_client failed') end

  vim.cmd('edit ' .. vim.fn.fnameescape(session.file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local function wait(what, condition)
    local ok = vim.wait(15000, function() return server_exit ~= nil or condition() end, 20)
    if server_exit ~= nil then error('the language server exited with status ' .. server_exit) end
    if not ok then error('timed out waiting for ' .. what) end
  end

  wait('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
  emit('diagnostics', published[1])
  emit('shownDiagnostics', #vim.diagnostic.get(buf))

  local uri = vim.uri_from_bufnr(buf)
  local function request(method, params)
    local responses, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
    if not responses then error(method .. ': ' .. tostring(err)) end
    local response = responses[client_id]
    if not response or response.err then error(method .. ' failed: ' .. vim.inspect(response)) end
    return response.result
  end

  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = session.hover })
  emit('hover', hover and hover.contents)

  if session.completion then
    local completion = request('textDocument/completion', { textDocument = { uri = uri }, position = session.completion })
    local labels = {}
    for _, item in ipairs(completion and (completion.items or completion) or {}) do table.insert(labels, item.label) end
    emit('completion', labels)
  end

  -- The quick fix of one finding, chosen by its rule and line, applied as `vim.lsp.buf.code_action` would.
  local target
  for _, diagnostic in ipairs(published[1]) do
    if diagnostic.code == session.codeAction.rule and diagnostic.range.start.line == session.codeAction.line then target = diagnostic end
  end
  if not target then error('no ' .. session.codeAction.rule .. ' diagnostic on line ' .. session.codeAction.line) end
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  })
  local titles = {}
  local chosen
  for _, action in ipairs(actions or {}) do
    table.insert(titles, action.title)
    if action.title == session.codeAction.title then chosen = action end
  end
  emit('codeActions', titles)
  if not chosen then error('no code action titled ' .. session.codeAction.title) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  local line = session.codeAction.line
  emit('fixedLine', vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1])
  -- The server checks the edited text again and no longer reports the finding there.
  wait('the fixed finding to go', function()
    for _, diagnostic in ipairs(published[1]) do
      if diagnostic.code == session.codeAction.rule and diagnostic.range.start.line == line then return false end
    end
    return true
  end)
  emit('fixedFindingGone', true)

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if ok then
  io.stdout:write('DONE\n')
  vim.cmd('qall!')
else
  io.stdout:write('FAIL ' .. tostring(err) .. '\n')
  vim.cmd('cquit! 1')
end
