import { deviceSwitch } from '../device/deviceSwitch';

/** Whether this device chimes when a turn ends or a phase begins. Per device: the projector may chime while laptops stay quiet. */
export const useSoundSetting = deviceSwitch('washup.sessionSound', 'muted');
