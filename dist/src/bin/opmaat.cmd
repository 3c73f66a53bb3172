@echo off
rem opmaat from a release zip on Windows: lib\ holds the CLI and its libraries, plugins\ the SWV plugins.
rem Needs only a Java 17 (or newer) runtime: JAVA_HOME, or java on the PATH. Extra JVM options: OPMAAT_JAVA_OPTS.
setlocal
set "OPMAAT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
set "OPMAAT_CACHE="
if exist "%OPMAAT_HOME%\lib\opmaat.jsa" set "OPMAAT_CACHE=-XX:SharedArchiveFile=%OPMAAT_HOME%\lib\opmaat.jsa"
rem The collector per command, as bin/opmaat-class-cache.sh chooses it: serial for the commands that render.
set "OPMAAT_GC=-XX:+UseParallelGC"
for %%c in (build summary diff serve) do if /i "%~1"=="%%c" set "OPMAAT_GC=-XX:+UseSerialGC -Xmn48m"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %OPMAAT_GC% -Xmx192m -Xshare:auto %OPMAAT_CACHE% %OPMAAT_JAVA_OPTS% -cp "%OPMAAT_HOME%\lib\*" nl.opmaat.cli.Main %*
exit /b %ERRORLEVEL%
