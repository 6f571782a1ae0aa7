-- Headless Neovim as a third-party LSP client (Neovim 0.7+ built-in client): attaches dist/server.js over
-- stdio to one note, waits for its diagnostics, asks for a hover, writes what Neovim got as JSON and quits.
-- Env: AWS_NOTES_NODE, AWS_NOTES_SERVER, AWS_NOTES_NOTE, AWS_NOTES_HOVER_AT ("line:col", 0-based, UTF-16),
-- AWS_NOTES_OUT (result file). Ends at the first diagnostics published for the note (empty or not).
local env = function(name)
  local value = os.getenv(name)
  if not value then error(name .. ' is not set') end
  return value
end
local out_file = env('AWS_NOTES_OUT')
local hover_line, hover_col = env('AWS_NOTES_HOVER_AT'):match('^(%d+):(%d+)$')
local result = { diagnostics = {}, hover = vim.NIL, errors = {} }
local finished = false

local function finish(reason)
  if finished then return end
  finished = true
  result.finished = reason
  local f = assert(io.open(out_file, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

-- Any error still writes a result and quits, so the test reports it instead of waiting.
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('AWS_NOTES_NOTE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  local client_id
  local function ask_hover()
    local client = vim.lsp.get_client_by_id(client_id)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = tonumber(hover_line), character = tonumber(hover_col) },
    }
    client.request('textDocument/hover', params, function(err, hover)
      if err then table.insert(result.errors, 'hover: ' .. vim.inspect(err)) end
      if hover and hover.contents then
        result.hover = type(hover.contents) == 'table' and (hover.contents.value or vim.inspect(hover.contents)) or hover.contents
      end
      finish('done')
    end, bufnr)
  end

  client_id = vim.lsp.start_client({
    name = 'aws-notes',
    cmd = { env('AWS_NOTES_NODE'), env('AWS_NOTES_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(env('AWS_NOTES_NOTE'), ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
        -- The server publishes once per version it analysed: the first publication is its answer.
        -- What Neovim shows the user: its own diagnostics, with byte columns into the buffer's lines.
        vim.schedule(function()
          if finished or result.published then return end
          result.published = true
          for _, d in ipairs(vim.diagnostic.get(bufnr)) do
            local line = lines[d.lnum + 1] or ''
            local last = d.end_lnum == d.lnum and d.end_col or #line
            table.insert(result.diagnostics, {
              lnum = d.lnum, col = d.col, severity = d.severity, source = d.source or vim.NIL,
              message = d.message, text = line:sub(d.col + 1, last),
            })
          end
          ask_hover()
        end)
      end,
    },
    on_exit = function(code)
      if not finished then
        table.insert(result.errors, 'server exited with code ' .. tostring(code))
        vim.schedule(function() finish('server exited') end)
      end
    end,
  })
  if not client_id then
    table.insert(result.errors, 'vim.lsp.start_client failed')
    finish('no client')
  else
    vim.lsp.buf_attach_client(bufnr, client_id)
    -- A guard against a silent server, not a timed assertion: the test fails on 'timeout' with what arrived.
    vim.defer_fn(function() finish('timeout') end, 30000)
  end
end)
if not ok then
  table.insert(result.errors, tostring(err))
  finish('error')
end
