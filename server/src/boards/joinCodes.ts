import { randomBytes } from 'node:crypto';
import { joinCodeFromBytes, joinCodeLength, type ResolveJoinCodeResponse } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { authorize } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import { Refused } from '../refusals/refused';
import type { Storage } from '../storage/storage';
import { inviteUrl } from './inviteUrl';

/** Codes drawn before giving up: with 40 bits each, even one clash in a lifetime is unlikely. */
const attempts = 5;

/**
 * The short codes that stand for invite links. Each role of a board has one, replaced whenever its
 * link is (so a removed person's code stops working with their link); typing it gives the link.
 */
export class JoinCodes {
  constructor(
    private readonly storage: Storage,
    private readonly signer: TokenSigner,
  ) {}

  /** A fresh code for the role's new invite link; the role's previous code stops resolving. */
  async issue(boardId: string, role: Role, invite: string): Promise<string> {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const code = joinCodeFromBytes(randomBytes(joinCodeLength));
      if (await this.storage.putJoinCode({ code, boardId, role, invite })) return code;
    }
    throw new Error(`no free join code for board ${boardId} after ${attempts} tries`);
  }

  /**
   * The invite link a code stands for. Its token passes the same checks as the link itself, so an
   * expired or replaced link's code is refused as the link would be.
   */
  async resolve(code: string, baseUrl: string): Promise<ResolveJoinCodeResponse> {
    const entry = await this.storage.findJoinCode(code);
    if (!entry) {
      throw new Refused(
        'not_found',
        'join_code_unknown',
        'No board has this join code. Check it with the Lead Reviewer: a code stops working when its invite link is replaced.',
      );
    }
    const access = await authorize(this.storage, this.signer, entry.boardId, entry.invite);
    return { boardId: entry.boardId, role: access.role, invite: { token: entry.invite, url: inviteUrl(baseUrl, entry.boardId, entry.invite), joinCode: code } };
  }
}
