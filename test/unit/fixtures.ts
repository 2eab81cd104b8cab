/** Reading the fixture files in test/fixtures, as text or as parsed JSON. */
import { readFileSync } from 'node:fs';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixtureData(name: string): unknown {
  return JSON.parse(fixtureText(name));
}
