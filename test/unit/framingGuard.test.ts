import * as assert from 'node:assert/strict';
import { FramingGuard } from '../../server/src/node/framingGuard';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const framed = (body: string, extra = ''): string => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n${extra}\r\n${body}`;

describe('FramingGuard (the language server input on --stdio)', () => {
  it('lets well-framed messages through, whatever their bodies and however the chunks fall', () => {
    const stream = framed('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}') + framed('{"not":"a message"}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n') + framed('résolution ¹²');
    const whole = new FramingGuard();
    assert.equal(whole.feed(bytes(stream)), undefined);
    const byteByByte = new FramingGuard();
    for (const b of bytes(stream)) assert.equal(byteByByte.feed(Uint8Array.of(b)), undefined);
  });

  it('reports a header without Content-Length, a length that is no number, and garbage bytes, at once', () => {
    assert.equal(new FramingGuard().feed(bytes('Content-Type: text/plain\r\n\r\n{}')), 'a message header has no Content-Length');
    assert.match(new FramingGuard().feed(bytes('Content-Length: twelve\r\n\r\n')) ?? '', /Content-Length is not a number/);
    assert.match(new FramingGuard().feed(Uint8Array.of(0, 1, 2, 0xff)) ?? '', /bytes that are no message header/);
    assert.match(new FramingGuard().feed(bytes('hello world\r\n')) ?? '', /bytes that are no message header|not "Name: value"/);
    const afterAGoodOne = new FramingGuard();
    assert.equal(afterAGoodOne.feed(bytes(framed('{}'))), undefined);
    assert.match(afterAGoodOne.feed(bytes('{"jsonrpc":"2.0"}')) ?? '', /bytes that are no message header/);
  });

  it('reports a header that never ends, after a bound', () => {
    assert.match(new FramingGuard().feed(bytes(`X-Padding: ${'a'.repeat(9000)}`)) ?? '', /no blank line after 8192 bytes/);
  });
});
