import { pstbContractMs, pstbSteps, splitPstbContract } from '@washup/shared/pstb';
import { formatSpan } from '@washup/shared/session';
import { pstbStageTitles } from './pstbWording';

/** How a contract divides between the steps, so the team agrees to the minutes each step gets, not just the total. */
export function ContractSplit({ minutes }: { minutes: number }) {
  const plan = splitPstbContract(pstbContractMs(minutes));
  return (
    <ol className="pstb-split" aria-label="Time for each step">
      {pstbSteps.map((step) => (
        <li key={step}>
          <span>{pstbStageTitles[step]}</span> <strong>{formatSpan(plan[step])}</strong>
        </li>
      ))}
    </ol>
  );
}
