import { Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

export type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
};

// A modal dialog on the native <dialog>: the browser keeps focus inside and closes it on Escape; on
// closing, focus returns to whatever opened it.
export const Dialog = ({ open, title, onClose, children }: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(
    () => () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className="db-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
    >
      {open ? (
        <>
          <Heading level={2} appearanceLevel={3} id={titleId} className="db-dialog__title">
            {title}
          </Heading>
          {children}
        </>
      ) : null}
    </dialog>
  );
};

export type DialogFormProps = {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  // The buttons: a footer that stays in sight while the rest of the form scrolls.
  actions: ReactNode;
  children: ReactNode;
};

// A form inside a Dialog: on a low window its body scrolls (an error summary can make it long), its buttons do not.
export const DialogForm = ({ onSubmit, actions, children }: DialogFormProps) => (
  <form className="db-form db-dialog__form" noValidate onSubmit={onSubmit}>
    <div className="db-dialog__body">{children}</div>
    <div className="db-dialog__footer">{actions}</div>
  </form>
);
