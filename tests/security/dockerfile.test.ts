import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * deploy/Dockerfile cannot be built on this machine (no Docker engine), so its contract with the
 * rest of the repository is checked statically: the image builds the real-API bundle on our Node
 * major, serves it from the root deploy/nginx.conf names, with that file as the official image's
 * template, every ${VARIABLE} of it declared (the image's envsubst replaces defined ones only), and
 * none of the host's node_modules or builds copied over the image's own install.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const dockerfile = read('deploy/Dockerfile');
const nginxConf = read('deploy/nginx.conf');
const instructions = dockerfile
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('deploy/Dockerfile', () => {
  it('builds on the Node major package.json asks for, with npm ci and a required VITE_API_URL', () => {
    const engines: string = JSON.parse(read('package.json')).engines.node;
    const major = engines.match(/\d+/)?.[0];
    expect(instructions[0]).toMatch(new RegExp(`^FROM node:${major}[-.\\w]* AS build$`));
    expect(instructions).toContain('RUN npm ci --no-audit --no-fund');
    expect(instructions).toContain('ARG VITE_API_URL');
    expect(dockerfile).toMatch(/RUN test -n "\$VITE_API_URL" \|\|/);
    expect(instructions).toContain('RUN npm run build');
  });

  it('serves the build from the root nginx.conf names, with nginx.conf as the image template', () => {
    const root = nginxConf.match(/^\s*root\s+([^;]+);/m)?.[1];
    expect(root).toBeTruthy();
    expect(instructions).toContain(`COPY --from=build /app/dist ${root}`);
    expect(instructions).toContain('COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template');
    expect(nginxConf).toMatch(/^\s*listen\s+80;/m);
    expect(instructions).toContain('EXPOSE 80');
  });

  it('declares every variable the nginx template uses, so envsubst replaces each one', () => {
    const used = [...nginxConf.matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of new Set(used)) expect(dockerfile).toMatch(new RegExp(`^ENV ${name}=`, 'm'));
  });

  it('never copies the host node_modules or builds into the image', () => {
    const ignored = read('deploy/Dockerfile.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
  });
});
