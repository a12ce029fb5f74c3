import { MenuItem, TextField } from '@mui/material';
import {
  AlignmentButtons,
  ClearButtons,
  ColorButtons,
  DefaultEditorOptions,
  FormatButtons,
  ImageButtons,
  LinkButtons,
  ListButtons,
  QuoteButtons,
  RichTextInput,
  type RichTextInputProps,
  RichTextInputToolbar,
  useTiptapEditor,
} from 'ra-input-rich-text';
import { useEffect, useMemo, useReducer } from 'react';
import { useResourceContext, useTranslate, useTranslateLabel } from 'react-admin';

/**
 * react-admin's rich-text input (loaded lazily by the forms that use it), made accessible: the
 * editable area is named after its field (it had no name), and the heading-level picker, whose
 * list markup was invalid and whose name hid the level shown, is a labelled select. Its toolbar
 * labels (`ra.tiptap.*`) are in our catalogs, in English and French.
 */
export function RichTextEditor(props: RichTextInputProps) {
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext(props);
  const label = translateLabel({ label: props.label, source: props.source, resource });
  // The editor is rebuilt whenever its options change identity: keep them stable.
  const editorOptions = useMemo(
    () => ({ ...DefaultEditorOptions, editorProps: { attributes: { 'aria-label': String(label) } } }),
    [label],
  );
  return (
    <RichTextInput
      {...props}
      editorOptions={editorOptions}
      toolbar={
        <RichTextInputToolbar>
          <LevelSelect />
          <FormatButtons />
          <ColorButtons />
          <AlignmentButtons />
          <ListButtons />
          <LinkButtons />
          <ImageButtons />
          <QuoteButtons />
          <ClearButtons />
        </RichTextInputToolbar>
      }
    />
  );
}

const LEVELS = [0, 1, 2, 3, 4, 5, 6] as const;
type Level = (typeof LEVELS)[number];

/** What the heading commands of the editor's StarterKit add to its chains (not in its types here). */
interface LevelChain {
  setParagraph(): LevelChain;
  setHeading(attributes: { level: Level }): LevelChain;
  run(): boolean;
}

function LevelSelect() {
  const translate = useTranslate();
  const editor = useTiptapEditor();
  // Re-render on every editor change: the level follows the cursor.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    editor?.on('transaction', refresh);
    return () => {
      editor?.off('transaction', refresh);
    };
  }, [editor]);
  const level = LEVELS.find((l) => l > 0 && editor?.isActive('heading', { level: l })) ?? 0;
  const choose = (next: Level) => {
    const chain = editor.chain().focus() as unknown as LevelChain;
    (next === 0 ? chain.setParagraph() : chain.setHeading({ level: next })).run();
  };
  return (
    <TextField
      select
      size="small"
      label={translate('ra.tiptap.select_level')}
      value={level}
      disabled={!editor?.isEditable}
      onChange={(event) => choose(Number(event.target.value) as Level)}
      sx={{ minWidth: 150, my: 0.5 }}
    >
      {LEVELS.map((l) => (
        <MenuItem key={l} value={l}>
          {translate(l === 0 ? 'ra.tiptap.paragraph' : `ra.tiptap.heading${l}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
