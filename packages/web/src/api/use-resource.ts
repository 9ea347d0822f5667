import { useCallback, useEffect, useState } from "react";
import { type Answer, getJson } from "./http.ts";

export interface ResourceState<T> {
  answer: Answer<T> | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * GET one API resource and keep it while a newer one loads (the chart does not blank out when the
 * date moves). A URL change aborts the previous request, so a slow old answer never wins. `null`
 * fetches nothing.
 */
export function useResource<T>(url: string | null): ResourceState<T> {
  const [answer, setAnswer] = useState<Answer<T> | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(url !== null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setLoading(true);
    getJson<T>(url, controller.signal)
      .then((next) => {
        setAnswer(next);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [url, generation]);
  return { answer, error, loading, reload };
}

/** The value, held back until it has stopped changing for `ms` (a slider drag asks the API once). */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
