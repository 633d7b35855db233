/**
 * The ceiling: a bare Node `http` server answering every request with the same bytes
 * and headers the site sent for the article, from memory. Usage: node bare-server.ts <file> <port>.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': body.length });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
