-- A session with `unres server --stdio` in Neovim's own LSP client, started by the README's
-- configuration (loaded before this script as init.lua: `unres` on the PATH, filetype "unres",
-- vim.lsp.start_client or, on current Neovim, vim.lsp.config and vim.lsp.enable; the settings). test/real/neovim.test.ts runs it headless and checks what
-- it prints: one JSON object a line, then "DONE". $UNRES_NVIM_SESSION (JSON) says what to do:
--   { "file": "...", "hover": {line, character},
--     "codeAction": {line, rule, title}, "completion": {line, character} (optional) }
-- Any error ends Neovim with exit status 1 after a line "FAIL <reason>".

local session = vim.fn.json_decode(os.getenv('UNRES_NVIM_SESSION'))

local function emit(key, value)
  io.stdout:write(vim.fn.json_encode({ [key] = value }) .. '\n')
end

-- The diagnostics exactly as the server published them (LSP ranges in UTF-16), the last set first.
-- Neovim 0.7 calls vim.lsp.handlers for them; current Neovim handles them itself, and keeps each
-- one as published in the user_data of the diagnostic it shows.
local published = {}
local on_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(published, 1, result.diagnostics)
  return on_publish(err, result, ctx, config)
end

local function last_published(buf)
  if published[1] then return published[1] end
  local kept = {}
  for _, shown in ipairs(vim.diagnostic.get(buf)) do
    local lsp = shown.user_data and shown.user_data.lsp
    if lsp then table.insert(kept, lsp) end
  end
  return kept
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(session.file))
  local buf = vim.api.nvim_get_current_buf()
  if vim.bo[buf].filetype ~= 'unres' then error('the draft opened with filetype "' .. vim.bo[buf].filetype .. '", not "unres"') end
  -- Neovim 0.7 has buf_get_clients and client_is_stopped; 0.10 and later get_clients and client:is_stopped().
  local client_id
  local function clients()
    if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
    return vim.lsp.buf_get_clients(buf)
  end
  local function attached()
    for _, client in pairs(clients()) do
      if client.name == 'unres' then client_id = client.id end
    end
    return client_id ~= nil
  end
  local function is_stopped(id)
    local client = vim.lsp.get_client_by_id(id)
    if client == nil then return true end
    if vim.lsp.get_clients then return client:is_stopped() end
    return vim.lsp.client_is_stopped(id)
  end
  local function wait(what, condition)
    local stopped = false
    local ok = vim.wait(15000, function()
      stopped = not attached() or is_stopped(client_id)
      return stopped or condition()
    end, 20)
    if stopped then error('the language server stopped') end
    if not ok then error('timed out waiting for ' .. what) end
  end
  if not vim.wait(5000, attached, 20) then error('no unres client attached to the draft') end

  wait('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
  emit('diagnostics', last_published(buf))
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
  for _, diagnostic in ipairs(last_published(buf)) do
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
    for _, diagnostic in ipairs(last_published(buf)) do
      if diagnostic.code == session.codeAction.rule and diagnostic.range.start.line == line then return false end
    end
    return true
  end)
  emit('fixedFindingGone', true)

  if vim.lsp.get_clients then vim.lsp.get_client_by_id(client_id):stop() else vim.lsp.stop_client(client_id) end
end

local ok, err = pcall(run)
if ok then
  io.stdout:write('DONE\n')
  vim.cmd('qall!')
else
  io.stdout:write('FAIL ' .. tostring(err) .. '\n')
  vim.cmd('cquit! 1')
end
