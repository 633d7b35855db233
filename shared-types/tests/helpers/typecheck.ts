import path from 'node:path';
import ts from 'typescript';

export const PACKAGE_DIR = path.resolve(import.meta.dirname, '..', '..');

/** The package's own compiler options (strict, NodeNext, noUncheckedIndexedAccess, ...). */
export function packageCompilerOptions(): ts.CompilerOptions {
  const configFile = path.join(PACKAGE_DIR, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, PACKAGE_DIR, undefined, configFile);
  return { ...parsed.options, noEmit: true };
}

export interface Problem {
  file: string;
  line: number;
  code: number;
  message: string;
}

/**
 * Type-checks real files plus in-memory ones (absolute paths -> text), which can import
 * real files by relative path. Returns every diagnostic, with paths relative to the package.
 */
export function typecheck(rootFiles: string[], virtualFiles: Record<string, string>, options = packageCompilerOptions()): Problem[] {
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  const virtualDirs = new Set(Object.keys(virtualFiles).map((file) => path.dirname(file)));
  // Module resolution looks for the folder before the file.
  host.directoryExists = (dir) => virtualDirs.has(dir) || (directoryExists?.call(host, dir) ?? ts.sys.directoryExists(dir));
  host.fileExists = (fileName) => fileName in virtualFiles || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtualFiles[fileName] ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = virtualFiles[fileName];
    return text === undefined ? getSourceFile.call(host, fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...rootFiles, ...Object.keys(virtualFiles)], options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const position = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
    return {
      file: diagnostic.file ? path.relative(PACKAGE_DIR, diagnostic.file.fileName) : '',
      line: (position?.line ?? -1) + 1,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    };
  });
}
