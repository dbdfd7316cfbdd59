/**
 * The architecture the linter keeps: which area of `shared/` may import which, which server
 * layers sit below the routes, and that the client's top (`client/src/app`) is imported by nobody.
 * Each rule names what it protects, so a refused import says why.
 */

/**
 * Areas of `shared/src`, each with the areas it may import. Lower areas first; the table must stay
 * acyclic (checked below), so no two areas can ever import each other.
 */
export const sharedAreas = {
  text: [],
  templates: ['records'],
  rules: [],
  sync: [],
  records: [],
  board: ['records', 'rules', 'templates', 'text'],
  auth: ['board'],
  presence: ['auth', 'board'],
  session: ['auth', 'board', 'records', 'rules', 'text'],
  council: ['auth', 'board', 'records', 'rules', 'session', 'text'],
  pstb: ['auth', 'board', 'records', 'rules', 'session', 'text'],
  voting: ['auth', 'board', 'records', 'rules', 'session', 'templates', 'text'],
  room: ['auth', 'board', 'council', 'pstb', 'records', 'rules', 'session', 'templates', 'voting'],
  reportFlow: ['auth', 'records', 'rules'],
  hostPartner: ['auth', 'board', 'records', 'reportFlow', 'rules'],
  relayDoc: ['council', 'hostPartner', 'pstb', 'records', 'reportFlow', 'room', 'rules', 'voting'],
  report: ['auth', 'board', 'council', 'hostPartner', 'pstb', 'records', 'relayDoc', 'reportFlow', 'rules', 'session', 'templates', 'text', 'voting'],
  canvas: ['board', 'records', 'rules', 'templates'],
  api: ['auth', 'board', 'council', 'hostPartner', 'pstb', 'records', 'reportFlow', 'room', 'rules', 'session', 'templates', 'voting'],
};

/** Server folders below the routes: they serve the features and never import them. */
export const serverLowerLayers = ['auth', 'logger', 'refusals', 'relayDoc', 'storage', 'sync'];
/** Server folders holding features, routes and wiring. */
export const serverUpperLayers = ['app', 'boards', 'canvasAssets', 'cli', 'commands', 'hostPartner', 'http', 'main', 'report', 'reportFlow', 'routes', 'session', 'voting'];

/** Throws at lint time if the area table has a cycle, naming it. */
export function assertAcyclic(graph) {
  const state = new Map();
  const visit = (area, trail) => {
    if (state.get(area) === 'done') return;
    if (state.get(area) === 'visiting') throw new Error(`shared areas import each other: ${[...trail, area].join(' → ')}`);
    if (!(area in graph)) throw new Error(`shared area "${area}" is used in eslint.layers.js but not declared`);
    state.set(area, 'visiting');
    for (const next of graph[area]) visit(next, [...trail, area]);
    state.set(area, 'done');
  };
  for (const area of Object.keys(graph)) visit(area, []);
}

const alternatives = (names) => names.map((name) => name.replace(/[^A-Za-z0-9]/g, '')).join('|');

/** One flat-config block per shared area: imports of the areas it may not use are refused. */
export function sharedAreaRules() {
  assertAcyclic(sharedAreas);
  const all = Object.keys(sharedAreas);
  return all.map((area) => {
    const refused = all.filter((other) => other !== area && !sharedAreas[area].includes(other));
    const patterns = [
      { regex: '^@washup/shared', message: 'inside shared/, import other files by relative path' },
    ];
    if (refused.length > 0) {
      patterns.push({
        regex: `^\\.\\./(${alternatives(refused)})(/|$)`,
        message: `shared/${area} may import only ${sharedAreas[area].join(', ') || 'nothing else in shared/'} (see eslint.layers.js)`,
      });
    }
    return { files: [`shared/src/${area}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
  });
}

/** Everything outside shared/ uses its areas' entries only, never its files or a root entry. */
const sharedEntryOnly = [
  { regex: '^@washup/shared$', message: 'import from an area entry: @washup/shared/board, /voting, /council, ...' },
  { regex: '^@washup/shared/src', message: 'import from an area entry, not a file inside shared/' },
  { regex: '(^|/)shared/src/', message: 'import from an area entry, not a file inside shared/' },
];

export function boundaryRules() {
  return [
    ...sharedAreaRules(),
    {
      files: ['client/src/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [...sharedEntryOnly, { regex: '(^|/)server/', message: 'the client never imports the server' }] }],
      },
    },
    {
      files: ['client/src/**/*.{ts,tsx}'],
      ignores: ['client/src/app/**', 'client/src/main.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...sharedEntryOnly,
              { regex: '(^|/)server/', message: 'the client never imports the server' },
              { regex: '^\\.\\./app/', message: 'client/src/app is the top of the client: it imports the features, never the other way' },
            ],
          },
        ],
      },
    },
    {
      files: ['server/src/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [...sharedEntryOnly, { regex: '(^|/)client/', message: 'the server never imports the client' }] }],
      },
    },
    {
      files: serverLowerLayers.flatMap((layer) => [`server/src/${layer}/**/*.ts`, `server/src/${layer}.ts`]),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...sharedEntryOnly,
              { regex: '(^|/)client/', message: 'the server never imports the client' },
              {
                regex: `^\\.\\.?/(${alternatives(serverUpperLayers)})(/|$)`,
                message: `storage, sync, auth and the other lower layers (${serverLowerLayers.join(', ')}) never import the routes or features above them`,
              },
            ],
          },
        ],
      },
    },
  ];
}
