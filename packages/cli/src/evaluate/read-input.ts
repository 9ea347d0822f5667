import { readFile } from "node:fs/promises";

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a file, or standard input for "-". Errors become messages, never stack traces. */
export async function readInput(file: string): Promise<ReadResult> {
  try {
    if (file === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
    }
    return { ok: true, text: await readFile(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: `cannot read ${file}: ${code === "ENOENT" ? "no such file" : (code ?? "read error")}`,
    };
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string, what: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${what} is not valid JSON: ${(error as Error).message}` };
  }
}
