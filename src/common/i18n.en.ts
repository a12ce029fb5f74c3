/**
 * `ra.tiptap.*`: the toolbar of react-admin's rich-text input (ra-input-rich-text), which ships
 * English defaults only. The i18n provider merges these into react-admin's own `ra` messages.
 */
export const richTextEn = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strike: 'Strikethrough',
  code: 'Code',
  color: 'Color',
  highlight: 'Highlight',
  list_bulleted: 'Bulleted list',
  list_numbered: 'Numbered list',
  align_left: 'Align left',
  align_right: 'Align right',
  align_center: 'Center',
  align_justify: 'Justify',
  link: 'Add a link',
  image: 'Image',
  image_dialog: 'Image URL',
  blockquote: 'Blockquote',
  clear_format: 'Clear format',
  select_level: 'Select the level',
  current_level: 'Current level',
  paragraph: 'Normal',
  heading1: 'Heading 1',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  heading4: 'Heading 4',
  heading5: 'Heading 5',
  heading6: 'Heading 6',
};
