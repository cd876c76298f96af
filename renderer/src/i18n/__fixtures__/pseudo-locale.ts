// The pseudo-locale lives with the core's fixtures so that main's tests (menus) use it too.
export { pseudoCatalogue, pseudoMessage } from '../../../../electron/core/__fixtures__/pseudo-locale'
