/** Words that never start or end a name ("the ward systems" -> "ward systems"). */
export const stopwords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'we', 'our', 'us', 'i', 'me', 'my', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those',
  'if', 'what', 'which', 'who', 'how', 'to', 'onto', 'on', 'into', 'in', 'at', 'of', 'and', 'or', 'with', 'without',
  'for', 'from', 'by', 'about', 'all', 'is', 'are', 'be', 'was', 'were', 'would', 'could', 'should', 'do', 'does',
  'did', 'can', 'will', 'much', 'many', 'then', 'so', 'up', 'over', 'just', 'only', 'also', 'vs', 'versus', 'say',
  'lets', "let's", 'please', 'some', 'any', 'them', 'their', 'there', 'than', 'not', 'no', 'but', 'too', 'again',
  'now', 'ok', 'okay', 'hi', 'hey', 'cheers', 'thanks', 'move', 'consolidate', 'virtualise', 'run', 'put',
]);
