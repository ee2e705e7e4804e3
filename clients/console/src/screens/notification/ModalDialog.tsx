import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';

const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

export type ModalDialogProps = {
  open: boolean;
  /** id of the dialog's heading. */
  labelledBy: string;
  onClose: () => void;
  /** Where the focus goes when the dialog closes; the element focused before it opened when left out. */
  returnFocus?: () => HTMLElement | null;
  /** The element to focus first; the first focusable one when left out. */
  initialFocus?: () => HTMLElement | null;
  children: ReactNode;
  className?: string;
};

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus stays inside),
 * Esc closes it, and the focus returns to where it came from.
 */
export const ModalDialog = ({ open, labelledBy, onClose, returnFocus, initialFocus, children, className }: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  const returnFocusRef = useRef(returnFocus);
  const initialFocusRef = useRef(initialFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
    returnFocusRef.current = returnFocus;
    initialFocusRef.current = initialFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocusRef.current?.()?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onNativeClose = () => {
      const target = returnFocusRef.current?.() ?? opener.current;
      // After React has applied what closing changed (an inserted character, a new status).
      window.setTimeout(() => target?.focus(), 0);
      onCloseRef.current();
    };
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
    };
  }, []);

  // showModal() keeps the focus out of the page, but Tab can still leave for the browser's own controls: wrap it.
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(focusable)).filter(
      (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === e.currentTarget)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      onKeyDown={onKeyDown}
      aria-labelledby={labelledBy}
      className={`m-auto max-h-[90vh] w-[min(48rem,calc(100vw-2rem))] overflow-auto rounded-12 bg-white p-6 text-solid-gray-800 shadow-4 backdrop:bg-black/50 ${className ?? ''}`}
    >
      {open && children}
    </dialog>
  );
};
