import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { assertAcyclic, sharedAreas } from '../../eslint.layers.js';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The messages the project's lint config gives one import written in `filePath`. */
async function refusalsOf(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const probe = imported;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('architecture boundaries (eslint.layers.js)', () => {
  it('keeps the table of shared areas acyclic and refuses a table with a cycle', () => {
    expect(() => assertAcyclic(sharedAreas)).not.toThrow();
    expect(() => assertAcyclic({ report: ['council'], council: ['report'] })).toThrow(/report → council → report/);
  });

  it('refuses an import from a higher shared area and allows one from a lower', async () => {
    expect(await refusalsOf('shared/src/council/probe.ts', "import { imported } from '../report/buildReport';")).toEqual([
      expect.stringContaining('shared/council may import only'),
    ]);
    expect(await refusalsOf('shared/src/council/probe.ts', "import { imported } from '../session/timer';")).toEqual([]);
  });

  it("refuses files and root entries of shared/ from the client and the server, allowing the areas' entries", async () => {
    expect(await refusalsOf('client/src/board/probe.ts', "import { imported } from '@washup/shared';")).toHaveLength(1);
    expect(await refusalsOf('server/src/voting/probe.ts', "import { imported } from '../../shared/src/voting/tally';")).toHaveLength(1);
    expect(await refusalsOf('server/src/voting/probe.ts', "import { imported } from '@washup/shared/voting';")).toEqual([]);
  });

  it("refuses the server's lower layers importing routes, and client features importing the client's top", async () => {
    expect(await refusalsOf('server/src/storage/probe.ts', "import { imported } from '../http/errorReplies';")).toHaveLength(1);
    expect(await refusalsOf('server/src/auth/probe.ts', "import { imported } from '../boards/boardService';")).toHaveLength(1);
    expect(await refusalsOf('server/src/boards/probe.ts', "import { imported } from '../storage/storage';")).toEqual([]);
    expect(await refusalsOf('client/src/board/probe.ts', "import { imported } from '../app/boardViews';")).toHaveLength(1);
    expect(await refusalsOf('client/src/app/probe.ts', "import { imported } from '../board/BoardWorkspace';")).toEqual([]);
  });
});
