import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

/** A header as sent (unfolded), e.g. List-Unsubscribe, which mailparser restructures. */
export function rawHeader(message: SinkMessage, name: string): string | undefined {
  const line = message.mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

/** One message the sink accepted (answered 250 to), parsed. */
export interface SinkMessage {
  /** RCPT TO addresses, lower-cased. */
  to: string[];
  mail: ParsedMail;
  raw: string;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** Every accepted message, in order. */
  messages: SinkMessage[];
  /**
   * Runs before the sink answers DATA; throwing refuses the message (451), so it
   * counts as never delivered, as with a real server. Tests use it to crash the
   * sender mid-dialogue.
   */
  beforeAccept?: (message: SinkMessage) => Promise<void>;
  /** Polls until `predicate` holds for the accepted messages; returns them. */
  waitFor(predicate: (messages: SinkMessage[]) => boolean, what: string, timeoutMs?: number): Promise<SinkMessage[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps what it receives: the outside world the
 * CMS mails, for tests. Plain SMTP (no STARTTLS), any or no login accepted.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    host: '127.0.0.1',
    port: 0,
    messages: [],
    async waitFor(predicate, what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(sink.messages)) {
        if (Date.now() > deadline) {
          const seen = sink.messages.map((message) => `${message.to.join(',')}: ${message.mail.subject}`).join('\n  ');
          throw new Error(`SMTP sink: timed out waiting for ${what}; received:\n  ${seen}`);
        }
        await sleep(100);
      }
      return sink.messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then(async (mail) => {
            const message = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), mail, raw };
            await sink.beforeAccept?.(message);
            sink.messages.push(message);
            callback();
          })
          .catch((error: unknown) => {
            const refusal = Object.assign(new Error(error instanceof Error ? error.message : String(error)), { responseCode: 451 });
            callback(refusal);
          });
      });
    },
  });
  // A sender killed mid-dialogue resets its connection: expected in tests, not an error.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sink.port = (server.server.address() as AddressInfo).port;
  return sink;
}

/**
 * Crashes the sender in the middle of the `nth` newsletter mail's SMTP dialogue (the
 * sink refuses that mail, as a server whose client vanished does), for the tests that
 * a send resumes with every subscriber exactly once. Resolves with that mail's
 * recipient once `crash` has completed; the sink accepts every mail after it.
 */
export function crashOnNewsletterMail(sink: SmtpSink, nth: number, crash: () => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    sink.beforeAccept = async (message) => {
      if (!String(message.mail.messageId).startsWith('<newsletter.')) return;
      seen += 1;
      if (seen !== nth) return;
      sink.beforeAccept = undefined;
      try {
        await crash();
        resolve(message.to[0] ?? '');
      } catch (error) {
        reject(error as Error);
      }
      throw new Error('the sender died');
    };
  });
}
