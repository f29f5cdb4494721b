-- Opens the example draft, waits for the diagnostics, hovers the first one, lists its code
-- actions, applies the quick fix, waits for the finding to go, and goes to the definition
-- of the claim it fixed: its source text, at the quote. Writes what it saw
-- line by line to $SOURCECHECK_OUT; run.sh compares that with what a user should see.
local out = {}
local function say(s) table.insert(out, s) end
local function done()
  vim.fn.writefile(out, vim.env.SOURCECHECK_OUT)
  vim.cmd('qa!')
end

if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100) then
  say('no diagnostics')
  return done()
end
local first
for _, d in ipairs(vim.diagnostic.get(0)) do
  say(string.format('diagnostic %d:%d %s', d.lnum + 1, d.col + 1, tostring(d.code)))
  if d.code == 'date-contradiction' then first = d end
end

local doc = vim.lsp.util.make_text_document_params()
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = doc, position = { line = first.lnum, character = first.col + 1 } }, 5000)
for _, r in pairs(hover or {}) do
  if r.result then say('hover ' .. r.result.contents.value:gsub('\n', ' ')) end
end

local range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.lnum, character = first.end_col } }
local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', { textDocument = doc, range = range, context = { diagnostics = {} } }, 5000)
local fix
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do
    say('action ' .. a.title)
    if a.isPreferred and a.edit then fix = a end
  end
end
vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
say('line ' .. vim.api.nvim_buf_get_lines(0, first.lnum, first.lnum + 1, false)[1])
local gone = vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == 'date-contradiction' then return false end
  end
  return true
end, 100)
say(gone and 'fixed finding gone' or 'fixed finding still there')

local draft = vim.api.nvim_get_current_buf()
vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col + 1 })
vim.lsp.buf.definition()
if vim.wait(5000, function() return vim.api.nvim_get_current_buf() ~= draft end, 50) then
  local col = vim.api.nvim_win_get_cursor(0)[2]
  say('definition ' .. vim.fn.expand('%:t') .. ' ' .. vim.api.nvim_get_current_line():sub(col + 1))
else
  say('definition went nowhere')
end
done()
