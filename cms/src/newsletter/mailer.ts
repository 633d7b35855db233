import type { Core } from '@strapi/strapi';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** A stable Message-ID, so a message sent again after a crash is the same message. */
  messageId?: string;
}

export interface SmtpFailure {
  message: string;
  /** The SMTP reply code when the server answered; absent for network failures. */
  responseCode?: number;
}

/** Hands one mail to the configured provider (config/plugins.ts); resolves once the SMTP server accepted it. */
export async function sendMail(strapi: Core.Strapi, mail: OutgoingMail): Promise<{ messageId?: string }> {
  const info = (await strapi.plugin('email').service('email').send({
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    messageId: mail.messageId,
  })) as { messageId?: string } | undefined;
  return { messageId: info?.messageId ?? mail.messageId };
}

export function describeSmtpError(error: unknown): SmtpFailure {
  const failure = error as { message?: string; responseCode?: number; response?: string };
  const message = (failure.response ?? failure.message ?? String(error)).slice(0, 900);
  return { message, responseCode: typeof failure.responseCode === 'number' ? failure.responseCode : undefined };
}

/** 5xx replies are final for that recipient; network trouble and 4xx are worth another try. */
export function isPermanent(failure: SmtpFailure): boolean {
  return failure.responseCode !== undefined && failure.responseCode >= 500;
}
