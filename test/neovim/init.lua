-- A bare Neovim (0.7+, no plugins) attaching Source Check's language server over stdio,
-- the way a user without lspconfig would.
local root = vim.env.SOURCECHECK_WS
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function()
    if not vim.g.sourcecheck_client then
      vim.g.sourcecheck_client = vim.lsp.start_client({
        name = 'sourcecheck',
        cmd = { 'node', vim.env.SOURCECHECK_SERVER, '--stdio' },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = 'drafts' } },
        settings = { sourcecheck = { debounceMs = 50 } },
      })
    end
    vim.lsp.buf_attach_client(0, vim.g.sourcecheck_client)
  end,
})
