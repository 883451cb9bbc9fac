import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { sendJson, type Route } from '../http/route';

/**
 * The explorer at `GET /graphql` (CONTRACT §5.4): GraphiQL served entirely from this gateway's
 * own installed packages, so it works without internet access. GraphiQL 4 is the newest line
 * that ships a browser bundle (`graphiql.min.js`, React as UMD globals); GraphiQL 5 ships ES
 * modules only, which a page can load only from a bundler's output or a CDN. React 18 is the last
 * React with UMD builds.
 */
export const EXPLORER_ASSETS_PATH = '/graphql/explorer/';

const STARTER_QUERY = `# Ponte: the Kommo timeline. Credentials, if this gateway asks for them, go in Headers:
# {"x-api-key": "…"} or {"Authorization": "Bearer …"}
query Timeline {
  events(first: 20) {
    nodes {
      __typename
      id
      type
      createdAt
      entity { ... on Lead { name } }
      createdBy { name }
      ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/** Renders GraphiQL against the URL the page was served from (so it works behind a path prefix too). */
const START_SCRIPT = `(function () {
  var url = window.location.origin + window.location.pathname;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: url }),
    defaultQuery: ${JSON.stringify(STARTER_QUERY)},
    shouldPersistHeaders: false
  }));
})();
`;

interface Asset {
  contentType: string;
  /** The package that ships the file and its path inside it; `undefined` for Ponte's own script. */
  source: readonly [packageName: string, file: string] | undefined;
}

const ASSETS: Readonly<Record<string, Asset>> = {
  'graphiql.min.css': { contentType: 'text/css; charset=utf-8', source: ['graphiql', 'graphiql.min.css'] },
  'graphiql.min.js': { contentType: 'text/javascript; charset=utf-8', source: ['graphiql', 'graphiql.min.js'] },
  'react.production.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    source: ['react', 'umd/react.production.min.js'],
  },
  'react-dom.production.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    source: ['react-dom', 'umd/react-dom.production.min.js'],
  },
  'start.js': { contentType: 'text/javascript; charset=utf-8', source: undefined },
};

/** Relative to `/graphql`, so the page works wherever a proxy mounts the gateway. */
const asset = (name: string) => `graphql/explorer/${name}`;

/** No inline script, and nothing may be loaded or fetched from anywhere but this gateway. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'">
<title>Ponte · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('start.js')}"></script>
</body>
</html>
`;

/** A browser navigating to `/graphql` (it asks for HTML); GraphQL clients ask for JSON. */
export function wantsExplorer(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === 'GET' && (headers.accept ?? '').includes('text/html');
}

export function sendExplorer(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(PAGE);
}

function fileOf(source: readonly [string, string]): string {
  const [name, file] = source;
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

/** `GET /graphql/explorer/<file>`: the page's scripts and styles, read from node_modules once. */
export function explorerAssetsRoute(): Route {
  const cache = new Map<string, Buffer>();
  return {
    path: /^\/graphql\/explorer\/[^/]+$/,
    handle(_req, res, url) {
      const name = url.pathname.slice(EXPLORER_ASSETS_PATH.length);
      const found = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (found === undefined) return sendJson(res, 404, { error: `No explorer asset ${name}` });
      let body = cache.get(name);
      if (body === undefined) {
        body = found.source === undefined ? Buffer.from(START_SCRIPT) : readFileSync(fileOf(found.source));
        cache.set(name, body);
      }
      res.writeHead(200, { 'content-type': found.contentType, 'cache-control': 'public, max-age=3600' }).end(body);
    },
  };
}
