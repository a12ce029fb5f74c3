import { Button as MuiButton, type Theme, useMediaQuery } from '@mui/material';
import { type ElementType, forwardRef } from 'react';
import { Link, Button as RaButton, type ButtonProps as RaButtonProps, useTranslate } from 'react-admin';

/**
 * react-admin's Button, worded where react-admin's would not be. On a phone react-admin shows the
 * icon alone with the label as a tooltip: a button without an icon becomes an empty circle, and a
 * disabled one loses its name and its tooltip. Those keep their words here; an enabled button with
 * an icon stays icon-only, as react-admin draws it.
 */
export const Button = forwardRef<HTMLButtonElement, RaButtonProps<ElementType>>(function Button(props, ref) {
  const translate = useTranslate();
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { label, children, disabled, to, color = 'primary', size = 'small', alignIcon, ...rest } = props;
  if (!isXSmall || (children && !disabled)) return <RaButton ref={ref} {...props} />;
  const words = typeof label === 'string' ? translate(label, { _: label }) : label;
  const link = to === undefined ? {} : { component: Link, to };
  return (
    <MuiButton
      ref={ref}
      color={color}
      size={size}
      disabled={disabled}
      startIcon={alignIcon === 'right' ? undefined : children}
      endIcon={alignIcon === 'right' ? children : undefined}
      {...link}
      {...rest}
    >
      {words}
    </MuiButton>
  );
}) as typeof RaButton; // the same generic props as react-admin's (component, to, ...)
