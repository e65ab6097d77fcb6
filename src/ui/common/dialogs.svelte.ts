/**
 * In-app replacements for the browser's prompt/confirm: one request at a time, answered through
 * a promise, drawn by DialogHost. The browser's own dialogs block the page, cannot be styled or
 * translated, and are suppressed by some kiosk and presentation setups.
 */
export interface DialogRequest {
  title: string;
  message?: string;
  /** Present: the dialog asks for a text, starting with this value. */
  input?: string;
  /** Label of the confirming button (default: 确定). */
  confirm?: string;
  /** The confirming action destroys something: the button is drawn as dangerous. */
  danger?: boolean;
  /** Say why an entered text cannot be taken, or null to take it. */
  validate?: (text: string) => string | null;
}

interface Pending extends DialogRequest {
  resolve: (answer: string | boolean | null) => void;
}

class Dialogs {
  current = $state<Pending | null>(null);
  #queue: Pending[] = [];

  #open(req: DialogRequest): Promise<string | boolean | null> {
    return new Promise((resolve) => {
      const p: Pending = { ...req, resolve };
      if (this.current) this.#queue.push(p);
      else this.current = p;
    });
  }

  /** Ask for a yes/no; resolves true only when confirmed. */
  async confirm(req: Omit<DialogRequest, 'input' | 'validate'>): Promise<boolean> {
    return (await this.#open(req)) === true;
  }

  /** Ask for a text; resolves the trimmed text, or null when cancelled or empty. */
  async prompt(req: DialogRequest & { input: string }): Promise<string | null> {
    const answer = await this.#open(req);
    return typeof answer === 'string' && answer.trim() ? answer.trim() : null;
  }

  /** Called by DialogHost. */
  answer(value: string | boolean | null): void {
    const p = this.current;
    if (!p) return;
    this.current = this.#queue.shift() ?? null;
    p.resolve(value);
  }
}

export const dialogs = new Dialogs();
