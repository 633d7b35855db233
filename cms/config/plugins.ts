import type { Core } from '@strapi/strapi';
import { bodyLimits } from '../src/hardening/limits';
import { uploadProviderConfig } from '../src/uploads/storage';

// What editors publish: images, PDFs and office documents (Word/Excel/PowerPoint old and
// new, OpenDocument), plus plain text and CSV data. No audio or video (embed those from
// a hosting service); nothing a browser would run as a page or script.
const allowedMediaTypes = [
  'image/*',
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.*',
  'application/vnd.oasis.opendocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

/**
 * Outgoing mail (newsletter, confirmations) through any SMTP server: the provider's
 * host, port and credentials come from the environment (see .env.example and README).
 * SMTP_SECURE=true means TLS from the first byte (port 465); otherwise STARTTLS is used
 * when the server offers it.
 */
function emailConfig(env: Core.Config.Shared.ConfigParams['env']) {
  const user = env('SMTP_USER', '');
  const from = env('EMAIL_FROM', '') || 'BLMK Health and Care Partnership <no-reply@blmk.local>';
  return {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ...(user ? { auth: { user, pass: env('SMTP_PASS', '') } } : {}),
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 60_000,
      },
      settings: {
        defaultFrom: from,
        defaultReplyTo: env('EMAIL_REPLY_TO', '') || from,
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  email: emailConfig(env),
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
    },
  },
  upload: {
    config: {
      // Local disk (public/uploads) unless UPLOAD_PROVIDER=s3 (src/uploads/storage.ts).
      ...uploadProviderConfig(process.env),
      // The same ceiling as strapi::body's (config/middlewares.ts): UPLOAD_MAX_FILE_SIZE_MB.
      sizeLimit: bodyLimits(process.env).maxFileBytes,
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
