// The element's styles, in cascade order: one sheet per part of the element.
import { countryPickerStyles } from '../phone/country-picker.styles.js';
import { baseStyles, visuallyHidden } from './styles/base.styles.js';
import { buttonStyles } from './styles/buttons.styles.js';
import { doneStyles } from './styles/done.styles.js';
import { fieldStyles } from './styles/fields.styles.js';
import { messageStyles } from './styles/message.styles.js';

export const styles = [
  baseStyles,
  fieldStyles,
  countryPickerStyles,
  buttonStyles,
  messageStyles,
  doneStyles,
  visuallyHidden,
];
