-- Neovim's own LSP client driving `roadmap lsp`, headless, configured by ROADMAP_CONFIG: the Lua
-- block docs/editors.md gives for Neovim 0.7 and later (start_client + buf_attach_client from a
-- FileType autocmd), which the test extracts from the document and this script runs unchanged.
-- It opens ROADMAP_FILE (the autocmd attaches it), waits for the diagnostics, asks for the code
-- actions on the line of the goal whose text holds ROADMAP_GOAL, applies "Check goal" with
-- Neovim's own apply_workspace_edit, writes the buffer, reads the document symbols when the
-- server has them, then (with ROADMAP_SUBGOAL_GOAL) applies "Add a sub-goal", whose edit the server
-- leaves to `codeAction/resolve`, on the line of the goal holding those words through Neovim's own
-- vim.lsp.buf.code_action and writes again, stops the server, and writes what it saw as JSON to
-- ROADMAP_RESULT. The test (Tests/EditorTests/neovim/test_neovim.py) compares the file with
-- `roadmap check` and `roadmap add --under` on a copy.
--
-- Run: ROADMAP_CONFIG=… ROADMAP_FILE=… ROADMAP_GOAL=… ROADMAP_RESULT=… PATH=<roadmap's folder>:… \
--      nvim --headless -u NONE -i NONE -n -c 'luafile roadmap_lsp.lua'
-- Every wait is bounded; on any failure the result says why and Neovim exits 1.

local env = vim.env
local result = { steps = {} }
local timeout = tonumber(env.ROADMAP_TIMEOUT_MS or "10000")

local function finish(code)
  local file = io.open(env.ROADMAP_RESULT, "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd((code == 0 and "qall!" or "cquit! " .. code))
end

local function fail(message)
  result.error = message
  finish(1)
end

-- A watchdog: whatever happens, Neovim is gone after twice the timeout.
vim.defer_fn(function() fail("watchdog: the script did not finish in time") end, 2 * timeout + 5000)

local ok, err = pcall(function()
  -- What the test observes, hooked in before the configuration runs and without changing it:
  -- each diagnostics notification, and how the server process ended.
  local published = nil
  local exit_code = nil
  local on_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(e, params, ctx, config)
    published = params
    return on_publish(e, params, ctx, config)
  end
  local start_client = vim.lsp.start_client
  vim.lsp.start_client = function(config)
    config.on_exit = function(code, signal) exit_code = code * 1000 + signal end
    return start_client(config)
  end

  dofile(env.ROADMAP_CONFIG)
  -- What a user's Neovim does at startup and `-u NONE` skips: detect the file type.
  vim.cmd("filetype on")
  vim.cmd("edit " .. vim.fn.fnameescape(env.ROADMAP_FILE))
  local buffer = vim.api.nvim_get_current_buf()
  if vim.bo[buffer].filetype ~= "markdown" then error("filetype is " .. vim.bo[buffer].filetype) end
  -- A client is listed for the buffer once the server has answered initialize.
  local client = nil
  vim.wait(timeout, function()
    for _, attached in pairs(vim.lsp.buf_get_clients(buffer)) do
      if attached.name == "roadmap" then client = attached end
    end
    return client ~= nil
  end, 10)
  if not client then error("the configuration attached no roadmap client to the buffer") end
  table.insert(result.steps, "attached")

  if not vim.wait(timeout, function() return published ~= nil end, 10) then error("no diagnostics published") end
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(diagnostics, { line = d.lnum, col = d.col, severity = d.severity, code = d.code, message = d.message, source = d.source })
  end
  result.diagnostics = diagnostics
  result.encoding = client.offset_encoding
  table.insert(result.steps, "diagnostics")

  -- The goal's line, found in the buffer as the user sees it.
  local line = nil
  for number, text in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, true)) do
    if line == nil and text:find(env.ROADMAP_GOAL, 1, true) then line = number - 1 end
  end
  if line == nil then error("no line holds " .. env.ROADMAP_GOAL) end
  result.line = line

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    range = { start = { line = line, character = 0 }, ["end"] = { line = line, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, line) },
  }
  local answer = client.request_sync("textDocument/codeAction", params, timeout, buffer)
  if not answer or answer.err then error("codeAction: " .. vim.inspect(answer)) end
  result.actions = {}
  local check = nil
  for _, action in ipairs(answer.result or {}) do
    table.insert(result.actions, action.title)
    if action.title == "Check goal" then check = action end
  end
  if not check then error("no Check goal action among " .. vim.inspect(result.actions)) end
  vim.lsp.util.apply_workspace_edit(check.edit, client.offset_encoding)
  vim.cmd("write")
  table.insert(result.steps, "checked and written")

  -- The server saw the edit as the buffer's next version: its diagnostics come again.
  published = nil
  if not vim.wait(timeout, function() return published ~= nil end, 10) then error("no diagnostics after the edit") end
  result.version_after_edit = published.version

  local capabilities = client.server_capabilities or client.resolved_capabilities or {}
  if capabilities.documentSymbolProvider then
    local symbols = client.request_sync("textDocument/documentSymbol", { textDocument = { uri = vim.uri_from_bufnr(buffer) } }, timeout, buffer)
    if not symbols or symbols.err then error("documentSymbol: " .. vim.inspect(symbols)) end
    result.symbols = symbols.result
    table.insert(result.steps, "symbols")
  else
    result.symbols = vim.NIL
  end

  if capabilities.executeCommandProvider then
    local params = { command = "roadmap.status", arguments = { vim.uri_from_bufnr(buffer) } }
    local status = client.request_sync("workspace/executeCommand", params, timeout, buffer)
    if not status or status.err then error("executeCommand: " .. vim.inspect(status)) end
    result.status = status.result
    table.insert(result.steps, "status")
  else
    result.status = vim.NIL
  end

  -- The file as the check left it, for the test to hold against `roadmap check`.
  local written = io.open(env.ROADMAP_FILE, "rb")
  result.checked = written:read("*a")
  written:close()

  -- An action resolved lazily: to a client that resolves edits (Neovim says it does) "Add a
  -- sub-goal" comes without its edit, and Neovim's own code_action asks `codeAction/resolve`
  -- for it once chosen. The choice is made as a user's picker would, through vim.ui.select.
  if env.ROADMAP_SUBGOAL_GOAL then
    local sub_line = nil
    for number, text in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, true)) do
      if sub_line == nil and text:find(env.ROADMAP_SUBGOAL_GOAL, 1, true) then sub_line = number - 1 end
    end
    if sub_line == nil then error("no line holds " .. env.ROADMAP_SUBGOAL_GOAL) end
    result.subgoal_line = sub_line
    -- Which requests Neovim sends from here on (0.7 calls client.request(...), later ones client:request(...)).
    result.requests = {}
    local request = client.request
    client.request = function(first, ...)
      local method = first == client and select(1, ...) or first
      table.insert(result.requests, method)
      return request(first, ...)
    end
    local chosen = false
    vim.ui.select = function(items, _, on_choice)
      for index, item in ipairs(items) do
        local action = item.action or item[2]
        if action.title == "Add a sub-goal" then
          result.subgoal_offered = { has_edit = action.edit ~= nil, has_data = action.data ~= nil }
          chosen = true
          return on_choice(item, index)
        end
      end
      on_choice(nil, nil)
    end
    local tick = vim.api.nvim_buf_get_changedtick(buffer)
    vim.api.nvim_win_set_cursor(0, { sub_line + 1, 0 })
    vim.lsp.buf.code_action()
    if not vim.wait(timeout, function() return chosen end, 10) then error("no Add a sub-goal action offered") end
    if not vim.wait(timeout, function() return vim.api.nvim_buf_get_changedtick(buffer) ~= tick end, 10) then
      error("the sub-goal was not applied; requests: " .. vim.inspect(result.requests))
    end
    client.request = request
    vim.cmd("write")
    table.insert(result.steps, "sub-goal resolved and written")
  end

  -- shutdown and exit, as Neovim sends them when it quits.
  client.stop()
  if not vim.wait(timeout, function() return exit_code ~= nil end, 10) then error("the server did not exit after shutdown") end
  result.exit = exit_code
  table.insert(result.steps, "stopped")
end)

if not ok then fail(tostring(err)) else finish(0) end
