import { themeAgreementLabel, type ThemeAgreement } from '@washup/shared/hostPartner';
import { dayAndTime } from '../ui/dayAndTime';

/** Where a theme stands with the host, with the name and time of the host's act: "Agreed with the host (Hana, Fri 4 Dec, 14:05)". */
export function ThemeAgreementBadge({ agreement }: { agreement: ThemeAgreement }) {
  return (
    <p className="agreement-badge" data-host={agreement.state}>
      {themeAgreementLabel(agreement, dayAndTime)}
    </p>
  );
}
