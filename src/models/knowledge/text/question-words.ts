/**
 * Words that shape a question but say nothing about its topic ("how much does … cost?").
 * They still count for BM25 ranking (their idf is small); they are left out when measuring how
 * much of a question a passage covers, which decides "no answer".
 */
export const QUESTION_WORDS: readonly string[] = [
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'much', 'many', 'long',
  'do', 'does', 'did', 'done', 'can', 'could', 'would', 'should', 'shall', 'may', 'might', 'must',
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'yours', 'it', 'its', 'get', 'got', 'have', 'has', 'had',
  'is', 'am', 'was', 'were', 'been', 'being', 'there', 'here', 'any', 'some', 'please', 'tell', 'know', 'want',
  'need', 'like', 'about', 'so', 'than', 'too', 'very', 'just', 'also', 'from', 'up', 'out', 'all',
  'hi', 'hello', 'thanks', 'thank', 'ok', 'okay', 'hey',
];
