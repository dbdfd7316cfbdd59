/**
 * Which listed names still appear in a text, found independently of the redactor: the text and
 * each name are cut into words (runs of letters, marks and digits), and a name survives when its
 * words occur one after another, whatever their case. Stricter than the redactor ("Jean Luc"
 * counts for "Jean-Luc"), so a pass means no name got through. Look-alike letters are folded and
 * invisible characters dropped first, as a reader of the report would not notice either.
 */
export function survivingNames(text: string, names: readonly string[]): string[] {
  const words = (value: string) => value.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').toLocaleLowerCase('en-GB').match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  const tokens = words(text);
  return names.filter((name) => {
    const wanted = words(name);
    if (wanted.length === 0) return false;
    return tokens.some((_, start) => wanted.every((word, at) => tokens[start + at] === word));
  });
}
