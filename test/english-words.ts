/** English words that must not appear in a Vietnamese message (document text in quotes aside); none is also a Vietnamese word (an, to, in, no are). */
export const ENGLISH = new Set(`the is of and but for at on not with from here there this that its are was were be by as
total row line figure figures actual plan compared exactly rounded accepted difference hidden chart sheet year month months
programme program level measure values value agree differ stated computed parts add up half unit report reports last same
period province file found read column none title name cell cells error warning info off growth ratio percent points
million billion thousand vnd former expected reported converted decimals shown emitted severity default example`.split(/\s+/));

/** The English words of a Vietnamese text, leaving out text quoted from the document ("…"). */
export function englishWords(text: string): string[] {
  // Quoted document text and spreadsheet error values (#VALUE!, #REF!) are not words of the message.
  const unquoted = text.replace(/"[^"]*"/g, ' ').replace(/#[A-Z/0]+[!?]/g, ' ');
  return unquoted.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ENGLISH.has(w));
}

