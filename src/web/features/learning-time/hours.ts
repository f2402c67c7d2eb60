/** Minutes as hours and minutes ("1 u 30 min" / "1 h 30 min"), the way people say it. */
export function hoursAndMinutes(minutes: number, hourUnit: string) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} ${hourUnit} ${rest} min` : `${hours} ${hourUnit}`;
}
