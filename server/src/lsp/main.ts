import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

// createConnection reads the transport from argv: --node-ipc when VS Code starts
// the server, --stdio for every other editor.
const connection = createConnection(ProposedFeatures.all);

// A stray rejection (say, a notification to an editor that just went away) must
// cost one message, not every open draft's checking.
process.on('unhandledRejection', (reason) => connection.console.error(`Source Check: ${String(reason)}`));

startServer(connection);
