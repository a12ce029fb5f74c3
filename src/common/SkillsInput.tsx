import { AutocompleteArrayInput, type AutocompleteArrayInputProps } from 'react-admin';
import { SKILL_NAMES, searchSkills } from '../model/skills';

const CHOICES = SKILL_NAMES.map((name) => ({ id: name, name }));

/**
 * Skills from the shared vocabulary: what people type ("k8s", "ReactJS") finds the canonical
 * skill, so offers and candidates use the same names and match each other.
 */
export function SkillsInput(props: Omit<AutocompleteArrayInputProps, 'choices'>) {
  return (
    <AutocompleteArrayInput
      source="skills"
      choices={CHOICES}
      matchSuggestion={(filter: string, choice: { name: string }) =>
        filter.trim() === '' || searchSkills(filter, 40).includes(choice.name)
      }
      {...props}
      // Read-only, MUI greys the chips as disabled, below AA contrast: the skills must stay readable.
      sx={[
        { '& .MuiChip-root.Mui-disabled': { opacity: 1 } },
        ...(Array.isArray(props.sx) ? props.sx : [props.sx]),
      ]}
    />
  );
}
