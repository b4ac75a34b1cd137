import { fork } from "node:child_process";

/**
 * Runs this benchmark script again in a child process with `args` (and extra V8 `flags`, e.g. a heap cap),
 * so what it measures (peak RSS) is its own; resolves with the one message the child sends back.
 */
export function measureInChild<T>(args: string[], flags: string[] = []) {
  return new Promise<T>((resolve, reject) => {
    const child = fork(process.argv[1]!, args, { execArgv: [...process.execArgv, ...flags], env: process.env });
    child.once("message", (message) => resolve(message as T));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`benchmark child exited with ${code}`)));
  });
}
