import { createInterface } from "node:readline";

/**
 * The password of `user add` / `user password`: never an argument (it would sit in the shell
 * history and in `ps` for every local user to read). On a terminal it is asked for twice without
 * echo; otherwise the first line of standard input is taken (scripts: `printf '%s\n' "$PW" | …`).
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const first = await ask(`${prompt}: `);
  const again = await ask("Again: ");
  if (first !== again) throw new Error("the two passwords differ");
  return first;
}

async function firstLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // Mute the echo: readline writes each typed character through _writeToOutput.
    const muted = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    process.stderr.write(question);
    muted._writeToOutput = () => undefined;
    rl.question("", (answer) => {
      process.stderr.write("\n");
      rl.close();
      resolve(answer);
    });
  });
}
