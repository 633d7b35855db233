import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import type { Core } from '@strapi/strapi';
import { survivePoolConnectionLoss } from './database-unavailable';

describe('a rejection nobody awaited', () => {
  const warnings: string[] = [];
  const strapi = { log: { warn: (message: string) => warnings.push(message) } } as unknown as Core.Strapi;
  const events = new EventEmitter();
  survivePoolConnectionLoss(strapi, events as unknown as NodeJS.Process);

  test('is logged, not fatal, when the database connection was lost', () => {
    const lost = Object.assign(new Error('select 1 - terminating connection due to administrator command'), { code: '57P01' });
    expect(() => events.emit('unhandledRejection', lost)).not.toThrow();
    expect(() => events.emit('unhandledRejection', new Error('Connection terminated unexpectedly'))).not.toThrow();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/connection lost.*terminating connection/);
  });

  test('still ends the process for anything else, as Node would', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(() => events.emit('unhandledRejection', bug)).toThrow(bug);
    expect(() => events.emit('unhandledRejection', Object.assign(new Error('duplicate key'), { code: '23505' }))).toThrow('duplicate key');
  });
});
