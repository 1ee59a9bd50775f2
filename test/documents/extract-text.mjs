// The text of a PDF read on stdin, as JSON { pages, text }: unpdf (pdf.js) is an ES module that jest's CommonJS
// runtime cannot import, so the tests run it in a plain node process (test/documents/pdf-text.ts).
import { extractText, getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { totalPages, text } = await extractText(pdf, { mergePages: true });
process.stdout.write(JSON.stringify({ pages: totalPages, text }));
