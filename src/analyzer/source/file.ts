import { type AnalyzeOptions, type AnalyzeResult, analyzeSource, type SourceInput } from './index.ts';
import { extract } from './extract/index.ts';

/**
 * The one front door for a source file of any format: extract the text of
 * a Word, PDF or web-page file (plain text is decoded instead), then analyze
 * it like any other. Never throws on bad input.
 */
export async function analyzeFile(
  input: Omit<SourceInput, 'extracted'>,
  options: AnalyzeOptions,
): Promise<AnalyzeResult> {
  const extracted = await extract(input.path, input.bytes);
  if (!extracted.ok) return extracted;
  return analyzeSource({ ...input, ...(extracted.value && { extracted: extracted.value }) }, options);
}
