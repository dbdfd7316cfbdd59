import { deviceSwitch } from '../device/deviceSwitch';

/** Whether this device follows the Lead Reviewer's presentation: on by default, chosen per device. */
export const useFollowSetting = deviceSwitch('washup.followLead');
