// Entry point of dist/server.js: an ordinary LSP server over stdio (or the transport the client picks).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { features } from './features';

startServer(createConnection(ProposedFeatures.all), features);
