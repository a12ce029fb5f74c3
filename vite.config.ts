import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { type HtmlTagDescriptor, loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The demo's first script: starts its database worker before the app's code has loaded. */
const DEMO_START = 'mocks/start.ts';

/**
 * The demo's own start-up: DEMO_START is an entry of its own, put in index.html ahead of the app's
 * script, so the database worker starts while the app's chunk is still downloading. A real-API
 * build (VITE_API_URL set) ships no mock: no such entry, and the MSW worker that public/ holds is
 * dropped.
 */
function demoStartUp(root: string, apiUrl: string | undefined): Plugin {
  let outDir = 'dist';
  let base = '/';
  const start = join(root, DEMO_START);
  return {
    name: 'demo-start-up',
    config: () =>
      apiUrl ? {} : { build: { rolldownOptions: { input: { index: join(root, 'index.html'), start } } } },
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { server, bundle }) => {
        if (apiUrl) return [];
        const script = (src: string): HtmlTagDescriptor => ({
          tag: 'script',
          attrs: { type: 'module', crossorigin: true, src },
          injectTo: 'head-prepend',
        });
        if (server) return [script(`/${DEMO_START}`)];
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === start,
        );
        if (chunk?.type !== 'chunk') throw new Error(`${DEMO_START} was not built`);
        return [
          script(`${base}${chunk.fileName}`),
          ...chunk.imports.map(
            (file): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
              injectTo: 'head-prepend',
            }),
          ),
        ];
      },
    },
    closeBundle: () => {
      if (!apiUrl) return;
      for (const file of ['mockServiceWorker.js', 'demoServiceWorker.js'])
        rmSync(resolve(outDir, file), { force: true });
    },
  };
}

/** The English of the signed-in screens (src/providers/i18nProvider.ts loads it with sign-in). */
const SCREEN_STRINGS = 'i18n/en.screens.ts';

/** What loads only with the screens that use it (charts, rich-text editor, drag and drop, CSV import). */
const SCREEN_ONLY =
  /node_modules[\\/](recharts|@tiptap|ra-input-rich-text|@hello-pangea[\\/]dnd|papaparse)[\\/]/;

/**
 * Fewer, larger chunks, so a first screen is a handful of requests instead of dozens: everything
 * index.html needs up front in one chunk, and the code that two or more route pages share in
 * another (left alone, Rolldown makes a chunk per distinct set of pages sharing a module: 80
 * requests before the candidate list). Code one page uses stays in that page's chunk, and what
 * leads to SCREEN_ONLY code stays apart, as do the lazily loaded French catalog and mock. The
 * screens' English, loaded with sign-in as the pages' code is, joins the shared chunk.
 */
function chunkGroups(root: string) {
  const src = join(root, 'src');
  // The route pages: what App.tsx and each resource's index.ts import lazily.
  const pageImporters = [
    join(src, 'App.tsx'),
    ...readdirSync(src).flatMap((dir) =>
      ['index.ts', 'index.tsx'].map((file) => join(src, dir, file)).filter((file) => existsSync(file)),
    ),
  ];
  const shared = new WeakMap<ModuleInfo, Set<string>>();
  /** The static closure of `from`, not going past modules `stop` matches. */
  function reachedFrom(ctx: ChunkingContext, from: string, stop: (id: string) => boolean): Set<string> {
    const reached = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (reached.has(id)) continue;
      reached.add(id);
      if (!stop(id)) stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return reached;
  }
  const startsWith = new WeakMap<ModuleInfo, Set<string>>();
  /** The demo start script's modules: kept out of the app's chunk, or the script would wait for it. */
  function demoStartModules(ctx: ChunkingContext): Set<string> {
    const start = ctx.getModuleInfo(join(root, DEMO_START));
    if (!start) return new Set();
    let modules = startsWith.get(start);
    if (!modules) {
      modules = reachedFrom(ctx, start.id, () => false);
      startsWith.set(start, modules);
    }
    return modules;
  }
  /** The modules two or more pages reach through static imports, none leading to SCREEN_ONLY code. */
  function sharedByPages(ctx: ChunkingContext): Set<string> {
    const app = ctx.getModuleInfo(pageImporters[0]);
    if (!app) return new Set();
    const known = shared.get(app);
    if (known) return known;
    const pagesReaching = new Map<string, number>();
    const pages = new Set(
      pageImporters.flatMap((file) => ctx.getModuleInfo(file)?.dynamicallyImportedIds ?? []),
    );
    for (const page of pages)
      for (const id of reachedFrom(ctx, page, (id) => SCREEN_ONLY.test(id)))
        pagesReaching.set(id, (pagesReaching.get(id) ?? 0) + 1);
    // A module is taken into a group with its dependencies: keep out whatever imports SCREEN_ONLY code.
    const leadsToScreenOnly = new Set([...pagesReaching.keys()].filter((id) => SCREEN_ONLY.test(id)));
    for (const id of leadsToScreenOnly)
      for (const importer of ctx.getModuleInfo(id)?.importers ?? []) leadsToScreenOnly.add(importer);
    const result = new Set(
      [...pagesReaching].filter(([id, count]) => count >= 2 && !leadsToScreenOnly.has(id)).map(([id]) => id),
    );
    // The screens' English, loaded with sign-in like this chunk's code: no request of its own.
    for (const id of reachedFrom(ctx, join(src, SCREEN_STRINGS), () => false)) result.add(id);
    shared.set(app, result);
    return result;
  }
  return [
    {
      name: (id: string, ctx: ChunkingContext) => (demoStartModules(ctx).has(id) ? null : 'app'),
      debugName: 'app',
      tags: ['$initial' as const],
      priority: 2,
    },
    {
      name: (id: string, ctx: ChunkingContext) => (sharedByPages(ctx).has(id) ? 'pages' : null),
      debugName: 'pages',
      priority: 1,
    },
  ];
}

/** The code the route pages share is fetched (not run) while the login form is up, ready for "Sign in". */
function prefetchPageCode(): Plugin {
  let base = '/';
  return {
    name: 'prefetch-page-code',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const pages = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.name === 'pages',
        );
        if (!pages) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'prefetch', as: 'script', crossorigin: true, href: `${base}${pages.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The demo's MSW without its cookie jar: MSW keeps the cookies its handlers set in a tough-cookie
 * jar, which brings the public-suffix list (MSW's browser chunk: 430 KB with it, 131 KB without; the
 * database worker: 754 KB, 453 KB). Our API signs requests with a bearer token and sets no cookie,
 * so the demo's MSW gets a store that holds none (mocks/msw-cookie-store.ts).
 */
function mswWithoutCookieJar(root: string): Plugin {
  const standIn = join(root, 'mocks/msw-cookie-store.ts');
  return {
    name: 'msw-without-cookie-jar',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.includes('msw') || !source.includes('cookieStore')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]cookieStore\.m?js$/.test(resolved.id)
        ? standIn
        : null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    mswWithoutCookieJar(process.cwd()),
    prefetchPageCode(),
    demoStartUp(process.cwd(), loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL),
  ],
  server: { port: 5173, strictPort: false },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups(process.cwd()) } } },
  },
  // The demo's database worker (mocks/worker/db-worker.ts) is started as a module in dev and build
  // alike; its bundle has plugins of its own, and its MSW needs no cookie jar either.
  worker: { format: 'es', plugins: () => [mswWithoutCookieJar(process.cwd())] },
  test: {
    setupFiles: ['tests/setup.ts'],
    exclude: ['tests/e2e/**', 'tests/tools/bench/**', 'node_modules/**'],
    // One default for every test, with room for a machine busy with other work: no file sets its own.
    testTimeout: 120_000,
    // Threads start faster than forks here. Three workers on two cores: a third fills the time the
    // others wait (debounces, timers); two measured runs each, back to back on this machine, took
    // 166 and 185 s against 179 and 192 s with two (Vitest's default of one fewer than the cores,
    // one worker, left a core idle).
    pool: 'threads',
    maxWorkers: 3,
    projects: [
      // The API, the domain rules, the OpenAPI document, the providers: no DOM. Its files share their
      // worker's modules: the mock database and its caches are built once per worker, not once per
      // file; tests/setup.ts takes away after each test what it left behind.
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts'],
          isolate: false,
        },
      },
      // The few `.test.ts` files that need a window or sessionStorage but render nothing, each in a
      // worker of its own as before. A project of their own: among the node project's files, each
      // one made its worker stop and start again twice (a new thread, the mock's
      // modules imported and its database seeded again).
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.dom.test.ts'], isolate: true },
      },
      // Screens: React in jsdom. Files share their worker's modules and its one jsdom window too, so
      // react-admin, MUI and the app are imported once per worker, not once per file (about 5 s each);
      // tests/setup-dom.ts puts the window back as a fresh one after each file (storage, address).
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-react.ts', 'tests/setup-dom.ts'],
          isolate: false,
        },
      },
    ],
  },
}));
