import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { StatusMessage, type StatusMessageValue } from './status-message.component';

export type DownloadGroup = { id: string; label: string; choices: readonly { key: string; label: string }[] };

export type DownloadButtonsProps = {
  groups: readonly DownloadGroup[];
  // Fetches the file and says how it went, in the reader's language.
  onDownload: (key: string) => Promise<StatusMessageValue>;
  busyText: string;
};

// Download buttons in labelled groups, one download at a time, with the outcome in a live region.
export const DownloadButtons = ({ groups, onDownload, busyText }: DownloadButtonsProps) => {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<StatusMessageValue>(null);
  const download = async (key: string) => {
    // One at a time; the buttons are not disabled meanwhile, so the one pressed keeps the keyboard focus.
    if (busy !== null) return;
    setBusy(key);
    setMessage(null);
    const outcome = await onDownload(key);
    setBusy(null);
    setMessage(outcome);
  };
  return (
    <div className="db-downloads">
      {groups.map((group) => (
        <div key={group.id} className="db-downloads__group" role="group" aria-labelledby={`downloads-${group.id}`}>
          <Paragraph id={`downloads-${group.id}`} className="db-downloads__label">
            {group.label}
          </Paragraph>
          {group.choices.map((choice) => (
            <Button
              key={choice.key}
              appearance="secondary-action-button"
              busy={busy === choice.key}
              aria-disabled={busy !== null && busy !== choice.key ? true : undefined}
              onClick={() => void download(choice.key)}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      ))}
      <StatusMessage message={busy ? { ok: true, text: busyText } : message} />
    </div>
  );
};
