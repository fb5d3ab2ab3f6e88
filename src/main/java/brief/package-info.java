/**
 * brief's Java API: what a program calls instead of the command line.
 *
 * <ul>
 *   <li>{@link brief.Pipeline}: one document, top to bottom. {@code process(pdf, source, published)} gives
 *       a {@link brief.Pipeline.Result}: the clean text ({@code text().text()}, which every offset points
 *       into) and the {@link brief.facts.Facts} (firms, organizations, dates, amounts, nodes, relations,
 *       each mention with page and offsets). {@code processText} does the same for plain text. Nothing is
 *       written. Build one and reuse it: it loads Nori's dictionary and the gazetteer once.</li>
 *   <li>{@link brief.Ingester}: many files into a {@link brief.index.BriefIndex} (a Lucene folder) and
 *       {@link brief.facts.FactFiles} ({@code <id>.json} and {@code <id>.txt}), unchanged files skipped,
 *       ids unique ({@link brief.DocumentIds}); one {@link brief.Ingester.Outcome} per file.</li>
 *   <li>{@link brief.index.Searcher}: queries over an index, plain text by default ({@code search(query,
 *       limit)}, {@code search(query, limit, filters)}; Lucene syntax with {@code search(query, limit,
 *       filters, true)}), filters from the facts ({@link brief.index.Filters}), facets; thread-safe, keeps
 *       the index open: close it.</li>
 * </ul>
 *
 * <p>Bad input (a missing, corrupt or encrypted file, a malformed query) is a {@link
 * brief.BadInputException} whose message is one line naming the input and the reason.
 */
package brief;
