// Registers <kashif-annotate>: the one script tag a partner page needs.
import { KashifAnnotate } from './kashif-annotate.js';

KashifAnnotate.define();
