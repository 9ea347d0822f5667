import type { Source } from "@cno-atlas/clinical";
import { doiUrl } from "./criteria-format.ts";

/** The publication a rule rests on, with its DOI (or address) as a link. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <p className="source">
      <span className="source-label">Source: </span>
      {source.citation}
      {source.doi && (
        <>
          {" "}
          <a href={doiUrl(source.doi)} rel="noreferrer" target="_blank">
            doi:{source.doi}
          </a>
        </>
      )}
      {source.url && (
        <>
          {" "}
          <a href={source.url} rel="noreferrer" target="_blank">
            {source.url}
          </a>
        </>
      )}
    </p>
  );
}
