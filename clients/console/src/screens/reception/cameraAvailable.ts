/**
 * Whether this browser can use a camera at all (a tablet at the counter; a PC usually has none). A module of its
 * own: 本日の受付 asks it on the first screen, and the camera views load only when opened.
 */
export function cameraAvailable(): boolean {
  // Absent outside secure contexts (plain http to another host) and in some kiosk browsers.
  const devices = (navigator as Partial<Navigator>).mediaDevices;
  return typeof devices?.getUserMedia === 'function';
}
