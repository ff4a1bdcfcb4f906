/** How a reader should take a link's score: 强 / 中 / 弱. */
export function linkStrength(score: number): 'strong' | 'medium' | 'weak' {
  return score >= 0.6 ? 'strong' : score >= 0.3 ? 'medium' : 'weak';
}
